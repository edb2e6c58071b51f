/**
 * `npm run emulator -- --port <port> [--seed <n>] [--size <n>] [--app <url>] [--lang <portal language>] [--token-lifetime <s>]
 *   [--rate-limit <burst>:<perSecond>|off] [--plan default|enterprise] [--operating-limit <s>|off] [--latency <ms>]
 *   [--time-scale <n>] [--host <address>] [--hostile] [--question name=answer]… [--features no-structure,no-collabs] [--archive <zip>] [--dist <dir>]`
 * Starts the portal emulator alone and prints its URL (the app comes from --app, from the app archive
 * --archive — `npm run package`'s ZIP, hosted as a portal hosts a static app — or from dist/, or the build in --dist).
 */
import { parseArgs } from 'node:util'
import { startEmulator } from './server.ts'
import type { EmulatorOptions } from './server.ts'
import type { RateLimitConfig } from './rest/rate-limit.ts'
import { parseQuestionFlag, QuestionError } from './questions.ts'
import { isPlan, PLANS } from './rest/plan.ts'
import type { Plan } from './rest/plan.ts'
import type { Questions } from './questions.ts'
import { FeatureError, parseFeaturesFlag } from './features.ts'
import type { Features } from './features.ts'
import { PORTAL_LANGS, isPortalLang } from './data/types.ts'

class UsageError extends Error {}

function integer(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${flag} must be an integer >= ${min}`)
  return n
}

function positive(value: string | undefined, flag: string, allowZero: boolean): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) {
    throw new UsageError(`--${flag} must be a number ${allowZero ? '>= 0' : '> 0'}`)
  }
  return n
}

function rateLimit(value: string | undefined): RateLimitConfig | null | undefined {
  if (value === undefined) return undefined
  if (value === 'off') return null
  const [burst, drain] = value.split(':').map(Number)
  if (!burst || !drain || burst < 1 || drain <= 0) throw new UsageError('--rate-limit must be <burst>:<perSecond> or off')
  return { burst, drainPerSecond: drain }
}

function plan(value: string | undefined): Plan | undefined {
  if (value === undefined) return undefined
  if (!isPlan(value)) throw new UsageError(`--plan must be ${PLANS.join(' or ')}`)
  return value
}

function operatingLimit(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined
  if (value === 'off') return null
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new UsageError('--operating-limit must be a number of seconds >= 0 or off')
  return n
}

function questionFlags(flags: string[] | undefined): Partial<Questions> | undefined {
  if (!flags || flags.length === 0) return undefined
  try {
    return Object.assign({}, ...flags.map(parseQuestionFlag)) as Partial<Questions>
  } catch (error) {
    if (error instanceof QuestionError) throw new UsageError(error.message)
    throw error
  }
}

function featuresFlag(value: string | undefined): Partial<Features> | undefined {
  if (value === undefined) return undefined
  try {
    return parseFeaturesFlag(value)
  } catch (error) {
    if (error instanceof FeatureError) throw new UsageError(error.message)
    throw error
  }
}

export function parseCliArgs(argv: string[]): EmulatorOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '8080' },
      seed: { type: 'string' },
      size: { type: 'string' },
      app: { type: 'string' },
      lang: { type: 'string' },
      'token-lifetime': { type: 'string' },
      'rate-limit': { type: 'string' },
      plan: { type: 'string' },
      'operating-limit': { type: 'string' },
      latency: { type: 'string' },
      'time-scale': { type: 'string' },
      host: { type: 'string' },
      hostile: { type: 'boolean' },
      question: { type: 'string', multiple: true },
      features: { type: 'string' },
      archive: { type: 'string' },
      dist: { type: 'string' }
    },
    strict: true
  })
  if (values.lang !== undefined && !isPortalLang(values.lang)) throw new UsageError(`--lang must be one of ${PORTAL_LANGS.join(', ')}`)
  if (values.app !== undefined && !URL.canParse(values.app)) throw new UsageError('--app must be an absolute URL')
  if (values.archive !== undefined && values.app !== undefined) throw new UsageError('--archive and --app exclude each other: the archive is the app')
  if (values.dist !== undefined && (values.archive !== undefined || values.app !== undefined)) throw new UsageError('--dist serves a build of the app: not with --app or --archive')
  if (values.dist === '') throw new UsageError('--dist must name a folder')
  if (values.archive === '') throw new UsageError('--archive must name a ZIP file')
  return {
    port: integer(values.port, 'port', 0) ?? 8080,
    seed: integer(values.seed, 'seed', 0),
    size: integer(values.size, 'size', 1),
    appUrl: values.app,
    lang: values.lang,
    tokenLifetime: integer(values['token-lifetime'], 'token-lifetime', 1),
    rateLimit: rateLimit(values['rate-limit']),
    plan: plan(values.plan),
    operatingLimitS: operatingLimit(values['operating-limit']),
    latencyMs: positive(values.latency, 'latency', true),
    timeScale: positive(values['time-scale'], 'time-scale', false),
    host: values.host,
    hostile: values.hostile,
    questions: questionFlags(values.question),
    features: featuresFlag(values.features),
    archive: values.archive,
    ...(values.dist ? { distDir: values.dist } : {})
  }
}

async function main(): Promise<void> {
  let options: EmulatorOptions
  try {
    options = parseCliArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`emulator: ${(error as Error).message}`)
    process.exit(2)
  }
  const emulator = await startEmulator(options)
  console.log(`Portal emulator: ${emulator.url}`)
  console.log(`App: ${emulator.appUrl}${options.archive ? ` (archive ${options.archive})` : ''}`)
  const stop = () => {
    emulator.close().then(() => process.exit(0), () => process.exit(1))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

// only when run as a script, so tests can import parseCliArgs
if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch(error => {
    console.error('emulator: failed to start:', (error as Error).message)
    process.exit(1)
  })
}
