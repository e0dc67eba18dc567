/** A run of message text: either literal venue text or a placeholder the venue fills in at run time. */
export interface MessagePart {
	text: string;
	placeholder: boolean;
}

/**
 * Placeholders venues leave in messages: printf `%s`, brace slots `{}` and `{HKD}`, and the
 * literal `xxx` CoinFLEX uses for a value.
 */
const PLACEHOLDER = /%s|\{[A-Za-z0-9_]*\}|\bxxx\b/g;

/**
 * Splits a message into literal and placeholder parts, so placeholders can be highlighted
 * without changing the text: joining the parts' `text` gives the message back exactly.
 */
export function splitPlaceholders(message: string): MessagePart[] {
	const parts: MessagePart[] = [];
	let last = 0;
	for (const match of message.matchAll(PLACEHOLDER)) {
		const start = match.index;
		if (start > last) parts.push({ text: message.slice(last, start), placeholder: false });
		parts.push({ text: match[0], placeholder: true });
		last = start + match[0].length;
	}
	if (last < message.length || parts.length === 0) parts.push({ text: message.slice(last), placeholder: false });
	return parts;
}
