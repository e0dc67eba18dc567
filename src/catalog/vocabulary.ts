/**
 * The site's own classification vocabulary: one list of categories for every venue, and what
 * each category means for a client (retry advice, CCXT exception class). This is curation, not
 * venue text, and the pages label it as such.
 */

export const CATEGORIES = [
	'success',
	'authentication',
	'permission',
	'rate-limit',
	'timestamp',
	'invalid-request',
	'invalid-symbol',
	'invalid-order',
	'order-not-found',
	'order-state',
	'insufficient-funds',
	'position',
	'market-state',
	'account-state',
	'funds-transfer',
	'system',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const RETRY_ADVICE = ['yes', 'no', 'check-first'] as const;
export type RetryAdvice = (typeof RETRY_ADVICE)[number];

/** Exception classes of CCXT's hierarchy that this site maps codes to. */
export const CCXT_CLASSES = [
	'AuthenticationError',
	'PermissionDenied',
	'AccountSuspended',
	'RateLimitExceeded',
	'InvalidNonce',
	'BadRequest',
	'BadSymbol',
	'InvalidOrder',
	'OrderNotFound',
	'DuplicateOrderId',
	'InsufficientFunds',
	'OperationRejected',
	'ExchangeError',
	'ExchangeNotAvailable',
	'OnMaintenance',
	'RequestTimeout',
] as const;
export type CcxtClass = (typeof CCXT_CLASSES)[number];

export interface CategoryInfo {
	/** Short human label. */
	label: string;
	/** What the category covers, one line. */
	covers: string;
	/** Default retry advice; `null` for codes that are not errors. */
	retry: RetryAdvice | null;
	/** Default CCXT exception class; `null` for codes that are not errors. */
	ccxt: CcxtClass | null;
	/** What a client should do, two or three sentences (shown on the compare page). */
	advice: string;
}

export const CATEGORY_INFO: Record<Category, CategoryInfo> = {
	success: {
		label: 'Success',
		covers: 'Not an error: the code a venue sends when the call succeeded.',
		retry: null,
		ccxt: null,
		advice:
			'Treat these as success, not failure. Check the code rather than the HTTP status alone: some venues answer 200 with a non-zero code on failure and 0 on success.',
	},
	authentication: {
		label: 'Authentication',
		covers: 'Bad, expired or missing API key, signature, token or session.',
		retry: 'no',
		ccxt: 'AuthenticationError',
		advice:
			'Do not retry the same request: it will fail the same way. Check the key and secret, the signing string and algorithm, and whether the key or session has expired; then re-authenticate.',
	},
	permission: {
		label: 'Permission',
		covers: 'The key or account lacks the right, or the IP is not whitelisted.',
		retry: 'no',
		ccxt: 'PermissionDenied',
		advice:
			'The credentials are valid but not allowed to do this. Enable the permission on the API key or account, or add the caller\u2019s IP to the whitelist, before trying again.',
	},
	'rate-limit': {
		label: 'Rate limit',
		covers: 'Too many requests or orders in a window.',
		retry: 'yes',
		ccxt: 'RateLimitExceeded',
		advice:
			'Back off and retry later, with exponential backoff and jitter. Repeated violations can get an IP or key banned, so slow the client down rather than hammering the endpoint.',
	},
	timestamp: {
		label: 'Timestamp',
		covers: 'Clock skew, an expired recvWindow, or a missing or stale nonce.',
		retry: 'yes',
		ccxt: 'InvalidNonce',
		advice:
			'Resynchronise the client clock with the venue\u2019s server time (NTP, or the venue\u2019s time endpoint), then resend with a fresh timestamp. A wider receive window helps with slow links.',
	},
	'invalid-request': {
		label: 'Invalid request',
		covers: 'A malformed, missing or unknown parameter.',
		retry: 'no',
		ccxt: 'BadRequest',
		advice:
			'Fix the request: compare parameter names, types and required fields with the endpoint\u2019s documentation. Retrying the same payload cannot succeed.',
	},
	'invalid-symbol': {
		label: 'Invalid symbol',
		covers: 'An unknown, delisted or untradable instrument or contract.',
		retry: 'no',
		ccxt: 'BadSymbol',
		advice:
			'Check the symbol against the venue\u2019s instrument list (case, separators, contract suffix). Refresh cached instrument metadata; symbols get delisted and renamed.',
	},
	'invalid-order': {
		label: 'Invalid order',
		covers: 'A price, quantity, type, time-in-force or precision rule is broken.',
		retry: 'no',
		ccxt: 'InvalidOrder',
		advice:
			'Round price and quantity to the instrument\u2019s tick and step sizes, stay within its minimum and maximum, and use an order type and time in force the venue accepts. Then place a corrected order.',
	},
	'order-not-found': {
		label: 'Order not found',
		covers: 'The order id is unknown, already gone, or not the caller\u2019s.',
		retry: 'no',
		ccxt: 'OrderNotFound',
		advice:
			'The order may have been filled, cancelled or expired already, or the id belongs to another account or symbol. Query order history before acting on it again.',
	},
	'order-state': {
		label: 'Order state',
		covers: 'Cannot modify or cancel the order in its current state, or a duplicate order.',
		retry: 'no',
		ccxt: 'InvalidOrder',
		advice:
			'Fetch the order\u2019s current status before acting: it may be filled, already cancelled or still being processed. For duplicates, use a fresh client order id only if the first order really did not go through.',
	},
	'insufficient-funds': {
		label: 'Insufficient funds',
		covers: 'Balance, margin or buying power is too low.',
		retry: 'no',
		ccxt: 'InsufficientFunds',
		advice:
			'Reduce the order size or add funds or margin first. Retrying unchanged will fail until the balance changes; remember that open orders reserve part of the balance.',
	},
	position: {
		label: 'Position and leverage',
		covers: 'Position, leverage or risk-limit rules.',
		retry: 'no',
		ccxt: 'InvalidOrder',
		advice:
			'Check the position size against the current risk limit and leverage, and the position mode (cross or isolated, one-way or hedge). Reduce the position or change leverage before retrying.',
	},
	'market-state': {
		label: 'Market state',
		covers: 'The market is closed, halted, or the session does not allow this.',
		retry: 'no',
		ccxt: 'OperationRejected',
		advice:
			'The instrument or session does not accept this action right now. Wait for the session that allows it (regular hours, end of auction) or use an order type that the current session accepts.',
	},
	'account-state': {
		label: 'Account state',
		covers: 'The account is missing, frozen, closing or restricted.',
		retry: 'no',
		ccxt: 'AccountSuspended',
		advice:
			'The account itself is not able to trade or transfer. This usually needs action in the venue\u2019s app or from its support; retrying from code will not help.',
	},
	'funds-transfer': {
		label: 'Funds transfer',
		covers: 'Deposits, withdrawals, bank cards and currency exchange.',
		retry: 'no',
		ccxt: 'ExchangeError',
		advice:
			'Check the transfer request (amount, currency, bank card, pending requests) against the venue\u2019s transfer rules. Query the status of an earlier request before submitting another one.',
	},
	system: {
		label: 'System',
		covers: 'Internal error, busy, timeout or unavailable.',
		retry: 'check-first',
		ccxt: 'ExchangeNotAvailable',
		advice:
			'The venue failed, and the request may or may not have been executed. For orders, query their status (by client order id) before retrying, then back off and retry.',
	},
};

export const RETRY_INFO: Record<RetryAdvice, { label: string; meaning: string }> = {
	yes: { label: 'Retry', meaning: 'Transient: back off and retry.' },
	no: { label: 'Do not retry', meaning: 'Fix the request or the account first.' },
	'check-first': {
		label: 'Check first',
		meaning: 'The request may have been executed: query its status before retrying.',
	},
};
