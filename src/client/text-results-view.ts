/** DOM for the search dialog's full-text results: a title link and the excerpt, venue text as text nodes only. */
import { element } from './element.ts';
import type { TextResult } from './text-search.ts';

export function textResultItem(result: TextResult): HTMLLIElement {
	const item = element('li', undefined, { class: 'search-result' });
	item.append(element('a', result.title, { href: result.url, class: 'search-result__title' }));
	const excerpt = element('p', undefined, { class: 'search-result__excerpt' });
	excerpt.append(...result.excerpt);
	item.append(excerpt);
	return item;
}
