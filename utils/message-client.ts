/**
 * The sending side of the typed protocol (utils/messages.ts), without zod: the content script, which runs on every
 * order page, imports this file only, and never the schemas. Nothing is parsed here, on purpose: the background
 * validates every request it receives (`dispatchMessage`), and it validates its own answer with the message's
 * response schema before it sends it, so the answer is already checked where it is made.
 */
import { browser } from 'wxt/browser';
import type { MessageRequest, MessageResponse, MessageType } from '@/utils/messages';

/** Sends a typed message to the background. No answer (a refused or unknown message) rejects. */
export async function sendMessage<T extends MessageType>(
  type: T,
  payload: MessageRequest<T>,
): Promise<MessageResponse<T>> {
  const answer: unknown = await browser.runtime.sendMessage({ ordershield: 1, type, payload });
  if (answer === undefined || answer === null) throw new Error(`[OrderShield] the background did not answer ${type}`);
  return answer as MessageResponse<T>;
}
