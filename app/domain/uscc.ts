/**
 * 统一社会信用代码 (Unified Social Credit Code), GB 32100-2015.
 * 18 characters from a 31-character alphabet (no I, O, S, V, Z); the last one is a check
 * character computed from the first 17 with weights 3^i mod 31.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccProblem = "format" | "checkCharacter";

export function normalizeUscc(input: string): string {
  return input.trim().toUpperCase();
}

export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new Error("usccCheckCharacter needs exactly 17 characters");
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new Error(`"${first17[i]}" is not a USCC character`);
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** null when valid; otherwise what is wrong with it. */
export function usccProblem(code: string): UsccProblem | null {
  if (!SHAPE.test(code)) return "format";
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? null : "checkCharacter";
}
