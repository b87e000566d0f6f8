/** Small inline icons; decorative, so hidden from assistive technology. */
const base = {
  width: 24,
  height: 24,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 1.8,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
  'aria-hidden': 'true',
  focusable: 'false',
} as const;

export const InboxIcon = () => (
  <svg {...base}>
    <path d="M4 13.5V18a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4.5" />
    <path d="M4 13.5 6.6 5.4A2 2 0 0 1 8.5 4h7a2 2 0 0 1 1.9 1.4l2.6 8.1h-5a3 3 0 0 1-6 0z" />
  </svg>
);

export const TeamIcon = () => (
  <svg {...base}>
    <circle cx="9" cy="8" r="3.2" />
    <path d="M3 19.5c.6-3.2 3-5 6-5s5.4 1.8 6 5" />
    <path d="M15.5 5.2a3 3 0 0 1 0 5.6M17.5 14.8c1.7.6 3 2.2 3.5 4.7" />
  </svg>
);

export const SettingsIcon = () => (
  <svg {...base}>
    <circle cx="12" cy="12" r="3" />
    <path d="M19.4 13.5a7.8 7.8 0 0 0 0-3l2-1.6-2-3.4-2.4 1a7.7 7.7 0 0 0-2.6-1.5L14 2.5h-4l-.4 2.5A7.7 7.7 0 0 0 7 6.5l-2.4-1-2 3.4 2 1.6a7.8 7.8 0 0 0 0 3l-2 1.6 2 3.4 2.4-1a7.7 7.7 0 0 0 2.6 1.5l.4 2.5h4l.4-2.5a7.7 7.7 0 0 0 2.6-1.5l2.4 1 2-3.4z" />
  </svg>
);

/** The Parley mark: a speech bubble. */
export const Logo = ({ size = 32 }: { size?: number }) => (
  <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
    <rect width="64" height="64" rx="14" fill="#2f4a2a" />
    <path
      d="M17 20a6 6 0 0 1 6-6h18a6 6 0 0 1 6 6v13a6 6 0 0 1-6 6H30l-8 7v-7h1a6 6 0 0 1-6-6z"
      fill="#f4c46a"
    />
    <circle cx="26" cy="26.5" r="2.4" fill="#2f4a2a" />
    <circle cx="32" cy="26.5" r="2.4" fill="#2f4a2a" />
    <circle cx="38" cy="26.5" r="2.4" fill="#2f4a2a" />
  </svg>
);

/** A small padlock for private notes (emoji fonts are missing on many Linux desktops). */
export const LockIcon = () => (
  <svg {...base} width={14} height={14} class="lock-icon">
    <rect x="5" y="11" width="14" height="10" rx="2" />
    <path d="M8 11V8a4 4 0 0 1 8 0v3" />
  </svg>
);
