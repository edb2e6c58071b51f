/**
 * `npm start`: the app's Vite dev server on 5173 and the portal emulator on 8080 (PORT overrides), the
 * emulator framing the dev server. Prints the one URL to open.
 */
import { createServer } from 'vite'
import { fileURLToPath } from 'node:url'
import { startEmulator } from './server.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080)
  if (!Number.isInteger(port) || port <= 0) throw new Error('PORT must be a port number')
  const vite = await createServer({ root, configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), server: { port: 5173 } })
  await vite.listen()
  const appUrl = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/'
  let emulator
  try {
    emulator = await startEmulator({ port, appUrl })
  } catch (error) {
    await vite.close()
    throw error
  }
  console.log(`Open the portal: ${emulator.url}`)
  const stop = () => {
    Promise.all([emulator.close(), vite.close()]).then(() => process.exit(0), () => process.exit(1))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch(error => {
  console.error('start: failed:', (error as Error).message)
  process.exit(1)
})
