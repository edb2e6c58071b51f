import { FAULT_NAMES } from './matrix/faults.ts'
import { printMatrix } from './matrix/results.ts'

/** After the whole run: print the faults matrix (operations × faults) if the run included it. */
export default function globalTeardown(): void {
  printMatrix(FAULT_NAMES)
}
