import type { ComponentChildren } from 'preact';
import { navigate } from '../router.js';

interface RouteLinkProps {
  href: string;
  class?: string;
  children: ComponentChildren;
}

/**
 * A link to another console page that moves without reloading the app. A modified click
 * (new tab, new window) is left to the browser, which loads the same page from the server.
 */
export function RouteLink({ href, class: className, children }: RouteLinkProps) {
  const onClick = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} class={className} onClick={onClick}>
      {children}
    </a>
  );
}
