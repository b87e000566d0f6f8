import type { ApiError } from '../api.js';

/**
 * A live region that is always in the page, so screen readers announce what appears in it.
 * Server messages are written for people; they are shown as text, never as HTML.
 */
export function Alert({ error }: { error: ApiError | string | undefined }) {
  const message = typeof error === 'string' ? error : error?.message;
  return (
    <div class="alert-region" aria-live="assertive" aria-atomic="true">
      {message && (
        <p class="alert" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}

/** A polite live region for good news ("Password changed."). */
export function Notice({ message }: { message: string | undefined }) {
  return (
    <div class="alert-region" aria-live="polite" aria-atomic="true">
      {message && <p class="notice">{message}</p>}
    </div>
  );
}
