// Plain constants with no imports, so browser bundles can use them without pulling in zod.

/** The largest message body a person may send, in characters. */
export const MAX_MESSAGE_CHARS = 10_000;
