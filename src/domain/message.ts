import { z } from 'zod';

/**
 * A sentence the core says to a planner, as a catalogue key and its parameters: the screen, the command
 * line and printed documents render it in their language (resources/i18n), so the English UI shows
 * English reasons. A parameter may itself be a message (a household's label, a land class's name) that
 * the same catalogue renders.
 */
export type MessageParam = string | number | Message;
export interface Message {
  key: string;
  params: Record<string, MessageParam>;
}

// Recursive, so the type is declared beside the schema (zod cannot infer a recursive type).
export const MessageSchema: z.ZodType<Message> = z.lazy(() =>
  z.object({ key: z.string().min(1), params: z.record(z.string(), z.union([z.string(), z.number(), MessageSchema])) }),
);

export const msg = (key: string, params: Record<string, MessageParam> = {}): Message => ({ key, params });
