/** Where the e2e emulator listens: the portal on EMULATOR_PORT, the built app on the next port. */
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 18080)
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`
export const APP_URL = `http://127.0.0.1:${EMULATOR_PORT + 1}`
