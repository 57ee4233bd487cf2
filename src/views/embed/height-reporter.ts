import { heightMessage } from '../../share/embed-message.ts';

/**
 * Tells the host page the embed's content height whenever it changes (layout, a run adding
 * lanes, the panel opening), as a versioned `loopscope:height` message. Heights are not
 * secret, so any host may read them ('*'); the host snippet checks who sent them.
 * Returns the stop function.
 */
export function reportHeight(content: HTMLElement, host: Pick<Window, 'postMessage'>): () => void {
  let last = 0;
  const send = () => {
    const message = heightMessage(content.getBoundingClientRect().height);
    if (message.height === last) return;
    last = message.height;
    host.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(content);
  send();
  return () => observer.disconnect();
}
