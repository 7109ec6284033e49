/**
 * Parsers for the trainee's answers. Each returns Result: the normalised value,
 * or a Chinese message saying what is wrong and what is expected.
 * Pure functions, no I/O.
 */
export { normaliseText, charLength, countMeaningfulChars, parseName, parseFreeText } from "./validators/text.js";
export type { FreeTextOptions } from "./validators/text.js";
export { parseCreditCode, creditCodeCheckChar, parseQq, CREDIT_CODE_CHARSET } from "./validators/codes.js";
export { parseMobile, parseLandline, parseEmail } from "./validators/contact.js";
export { parseWholeNumber } from "./validators/numbers.js";
export type { WholeNumberOptions } from "./validators/numbers.js";
