/**
 * The open questions (docs/decisions.md D9): where nobody has documented or measured how Bitrix24 answers,
 * the emulator can answer each possible way, and the app must work under all of them.
 *
 * One switch per question. The default is the reading of the docs' examples (see emulator/README.md,
 * "Open questions", for each default's source). Switched with `--question name=answer` (repeatable), with
 * `startEmulator({ questions })`, with `POST /_emulator/questions {name: answer}` (absent names stay) and
 * with `POST /_emulator/reset {questions}` (a reset returns every other name to the start value);
 * `GET /_emulator/questions` shows them.
 */

export const QUESTION_ANSWERS = {
  /**
   * humanresources.node.list / .search `pagination.page`: is the first page 1 (the docs' example sends
   * `page: 1, offset: 0`; then page 0 reads as page 1) or 0 (what b24jssdk's list helpers send; then
   * page n is the (n+1)-th page)?
   */
  firstPage: ['one', 'zero'],
  /** the `id` of a collab in humanresources.node.communication.list (and in .edit ids): the workgroup's id or its chat's id */
  collabId: ['workgroup', 'chat'],
  /** what `withChildren` reaches: the whole subtree, or the direct children only */
  withChildren: ['subtree', 'children'],
  /** binding an id that is already bound / unbinding one that is not: silently nothing, or an error */
  rebind: ['silent', 'error'],
  /** `createDefault` when the node already has its default: nothing, a second one, or an error */
  createDefaultAgain: ['nothing', 'second', 'error'],
  /** envelope of auth and limit errors under /rest/api/: REST 2 style {error, error_description} or REST 3.0 style {error: {code, message}} */
  v3SystemErrors: ['v2', 'v3']
} as const

export type QuestionName = keyof typeof QUESTION_ANSWERS
export type Questions = { [K in QuestionName]: (typeof QUESTION_ANSWERS)[K][number] }

/** The first answer of each list is the default. */
export const DEFAULT_QUESTIONS: Questions = {
  firstPage: 'one',
  collabId: 'workgroup',
  withChildren: 'subtree',
  rebind: 'silent',
  createDefaultAgain: 'nothing',
  v3SystemErrors: 'v2'
}

export class QuestionError extends Error {}

export function isQuestionName(name: string): name is QuestionName {
  return Object.hasOwn(QUESTION_ANSWERS, name)
}

/** Validates a patch `{name: answer}`; throws QuestionError naming the bad entry. */
export function parseQuestions(patch: unknown): Partial<Questions> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw new QuestionError('questions must be an object {name: answer}')
  const out: Record<string, string> = {}
  for (const [name, answer] of Object.entries(patch)) {
    if (!isQuestionName(name)) throw new QuestionError(`unknown question ${name}; known: ${Object.keys(QUESTION_ANSWERS).join(', ')}`)
    const answers: readonly string[] = QUESTION_ANSWERS[name]
    if (typeof answer !== 'string' || !answers.includes(answer)) throw new QuestionError(`${name} must be one of ${answers.join(', ')}`)
    out[name] = answer
  }
  return out as Partial<Questions>
}

/** `--question firstPage=zero` → { firstPage: 'zero' } */
export function parseQuestionFlag(flag: string): Partial<Questions> {
  const eq = flag.indexOf('=')
  if (eq <= 0) throw new QuestionError('--question must be name=answer')
  return parseQuestions({ [flag.slice(0, eq)]: flag.slice(eq + 1) })
}
