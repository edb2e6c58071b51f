import { computed, reactive, ref, shallowRef } from 'vue'

/** What ConfirmModal asks: its title, its explanation and the two answers. */
export interface Question {
  title: string
  description: string
  confirmLabel: string
  cancelLabel: string
}

export interface Confirm<T> {
  /** ConfirmModal's v-model:open */
  open: boolean
  /** what is being asked about, kept after the dialog closes (its title stays right while it fades out) */
  subject: T | null
  /** ConfirmModal's title, description and labels: `v-bind="confirm.question"` */
  question: Question
  /** opens the dialog about `subject` */
  ask: (subject: T) => void
  /** the "yes": runs the change about the subject asked about last */
  answer: () => Promise<void>
}

/**
 * The one way a screen asks before a change that cannot simply be taken back: the thing asked about is
 * kept here, between the question and the answer, so the change that runs is the one the person saw in
 * the question. Render it with ConfirmModal:
 * `<ConfirmModal v-model:open="unbind.open" v-bind="unbind.question" testid="…" @confirm="unbind.answer" />`.
 */
export function useConfirm<T>(words: (subject: T | null) => Question, change: (subject: T) => Promise<unknown> | void): Confirm<T> {
  const open = ref(false)
  const subject = shallowRef<T | null>(null)

  return reactive({
    open,
    subject,
    question: computed(() => words(subject.value)),
    ask(value: T): void {
      subject.value = value
      open.value = true
    },
    async answer(): Promise<void> {
      if (subject.value !== null) await change(subject.value)
    }
  }) as Confirm<T>
}
