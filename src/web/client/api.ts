// The HTTP API from the browser: GET only, JSON in, errors as ApiError with the API's code.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type Params = Record<string, string | number | boolean | readonly string[] | null | undefined>;

export async function get<T>(path: string, params: Params = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) {
      for (const item of value) query.append(name, item);
    } else query.set(name, String(value));
  }
  const response = await fetch(query.size > 0 ? `${path}?${query}` : path, { headers: { accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.error ?? { code: "HTTP", message: response.statusText };
    throw new ApiError(response.status, error.code, error.message);
  }
  return body as T;
}
