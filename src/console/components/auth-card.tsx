import type { ComponentChildren } from 'preact';
import { Logo } from './icons.js';

/** The centred card with the Parley mark that frames every sign-in step. */
export function AuthCard({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <main class="auth-screen">
      <div class="auth-card">
        <div class="auth-brand">
          <Logo size={40} />
          <span>Parley</span>
        </div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
