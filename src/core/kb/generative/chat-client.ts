import { z } from 'zod';
import type { ChatRequest } from './prompt.js';
import type { GenerativeSettings } from './settings.js';

export type Completion = { ok: true; content: string } | { ok: false; problem: string };

// Only the part of an OpenAI-compatible reply that is used; servers add much more.
const ChatReply = z.object({
  choices: z
    .array(z.object({ message: z.object({ content: z.string().nullable().optional() }) }))
    .min(1),
});

/**
 * POSTs one chat completion and returns the model's text, or what went wrong. Never throws:
 * a model server that is down, slow or confused must cost the customer a decline, not an error.
 * `problem` is for the operator's log: it holds neither the API key nor the URL (which may
 * carry credentials).
 */
export async function requestCompletion(
  settings: GenerativeSettings,
  body: ChatRequest,
): Promise<Completion> {
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}),
      },
      body: JSON.stringify(body),
      // Covers reading the body too, so a server that stalls mid-reply is also cut off.
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
    if (!res.ok) {
      await res.body?.cancel();
      return { ok: false, problem: `HTTP ${res.status}` };
    }
    const parsed = ChatReply.safeParse(parseJson(await res.text()));
    if (!parsed.success) return { ok: false, problem: 'a reply that is not a chat completion' };
    return { ok: true, content: parsed.data.choices[0]!.message.content ?? '' };
  } catch (err) {
    return { ok: false, problem: failure(err, settings.timeoutMs) };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A short reason; fetch's own errors can be long and nested. */
function failure(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; cause?: { code?: string } };
  if (e.name === 'TimeoutError') return `no reply within ${timeoutMs} ms`;
  return `request failed: ${e.cause?.code ?? e.name ?? 'unknown error'}`;
}
