/** The part of @binance/connector (which ships no types) that tests/fixtures/client-errors.ts calls. */
declare module '@binance/connector' {
	export class Spot {
		constructor(apiKey?: string, apiSecret?: string, options?: { baseURL?: string });
		time(): Promise<unknown>;
	}
}
