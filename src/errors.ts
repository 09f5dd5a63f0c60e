// One catalogue of what can go wrong. Library code throws MarsadError or returns Problems;
// only the CLI prints them.

export const ErrorCodes = {
  EMPTY_FILE: "the file is empty",
  BINARY_FILE: "the file is binary, not text",
  UNDECODABLE: "the bytes are not valid UTF-8, UTF-16 or Windows-1256 text",
  TRUNCATED: "the file was read without its incomplete last character",
  TOO_LARGE: "the file is larger than the limit",
  NO_ARTICLE: "no article could be recognised in the page",
  UNREADABLE: "the file or folder could not be read",
  UNWRITABLE: "the output file could not be written",
  UNSUPPORTED_FORMAT: "the file type is not supported",
  BAD_JSONL_LINE: "a JSON Lines record is not a valid article object",
  NOT_FOUND: "no such item",
  AMBIGUOUS: "the name fits several entities",
  UNAUTHORIZED: "a valid bearer token is required",
  BAD_ARGUMENT: "a command-line argument is missing or malformed",
  BAD_QUERY: "the search query is malformed",
  STORE_FAILED: "the store could not complete the operation",
  INTERNAL: "an unexpected error (a bug in Marsad: please report it)",
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

export class MarsadError extends Error {
  readonly code: ErrorCode;
  readonly source: string | undefined;

  constructor(code: ErrorCode, detail?: string, source?: string) {
    super(detail ? `${ErrorCodes[code]}: ${detail}` : ErrorCodes[code]);
    this.name = "MarsadError";
    this.code = code;
    this.source = source;
  }
}

/** A problem with one input that does not stop the rest of the run. */
export interface Problem {
  source: string;
  code: ErrorCode;
  message: string;
}

export function problemOf(error: unknown, source: string): Problem {
  if (error instanceof MarsadError) return { source, code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "EACCES" || code === "EISDIR" || code === "EPERM") {
    return { source, code: "UNREADABLE", message: `${ErrorCodes.UNREADABLE}: ${message}` };
  }
  return { source, code: "INTERNAL", message: `${ErrorCodes.INTERNAL}: ${message}` };
}
