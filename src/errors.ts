/**
 * An input or option problem a user can fix. `code` is stable for scripts; `message` is one line
 * without the file name (the CLI prefixes `path: `).
 */
export class PolicyParseError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'PolicyParseError';
    this.code = code;
  }
}
