/** Where and how to reach an OpenAI-compatible chat-completions server. */
export interface GenerativeSettings {
  /** The API base, such as http://localhost:11434/v1 (`/chat/completions` is appended). */
  baseUrl: string;
  model: string;
  /** Sent as a bearer token when set; never logged. */
  apiKey?: string;
  /** How long a whole request (connect, wait, read) may take before the question is declined. */
  timeoutMs: number;
}
