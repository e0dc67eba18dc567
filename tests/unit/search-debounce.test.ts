import { describe, expect, it } from 'vitest';
import { isKeystroke } from '../../src/client/search-dialog.ts';

describe('full-text debounce', () => {
	it('waits after a key typed or deleted, not after a paste or a query put in whole', () => {
		expect(isKeystroke('', '-')).toBe(true);
		expect(isKeystroke('-201', '-2018')).toBe(true);
		expect(isKeystroke('-2018', '-201')).toBe(true);
		expect(isKeystroke('', '{"code":-2018,"msg":"Balance is insufficient."}')).toBe(false);
		expect(isKeystroke('ORDER', 'ORDER_NOT_FOUND')).toBe(false);
		expect(isKeystroke('-2018 BALANCE_NOT_SUFFICIENT', '')).toBe(false);
	});
});
