import type { SeedCode } from './source-readers.ts';

/** A catalog entry as the drift check compares it: the code and its messages, verbatim. */
export interface CatalogCode {
	code: string;
	messages: string[];
}

export interface SourceDrift {
	/** In the document, not in the catalog. */
	added: SeedCode[];
	/** In the catalog, no longer in the document. */
	removed: CatalogCode[];
	/** In both, with messages added or gone. */
	reworded: { code: string; gone: string[]; new: string[] }[];
}

/**
 * What a venue's current document changes against its catalog: codes added and removed, and
 * for codes in both, the messages that are new or gone (verbatim, so a fixed typo shows too).
 */
export function diffSource(catalog: CatalogCode[], document: SeedCode[]): SourceDrift {
	const inCatalog = new Map(catalog.map((entry) => [entry.code, entry]));
	const inDocument = new Map(document.map((entry) => [entry.code, entry]));
	const reworded: SourceDrift['reworded'] = [];
	for (const source of document) {
		const entry = inCatalog.get(source.code);
		if (!entry) continue;
		const gone = entry.messages.filter((message) => !source.messages.includes(message));
		const added = source.messages.filter((message) => !entry.messages.includes(message));
		if (gone.length > 0 || added.length > 0) reworded.push({ code: source.code, gone, new: added });
	}
	return {
		added: document.filter((source) => !inCatalog.has(source.code)),
		removed: catalog.filter((entry) => !inDocument.has(entry.code)),
		reworded,
	};
}

/** Whether anything changed. */
export function hasDrift(drift: SourceDrift): boolean {
	return drift.added.length + drift.removed.length + drift.reworded.length > 0;
}

/** The drift as a maintainer reads it: one line per code, messages quoted, and the history entry to add. */
export function formatDrift(slug: string, drift: SourceDrift, today: string): string {
	if (!hasDrift(drift)) return `${slug}: no drift; the catalog matches the document. Set source.checked: "${today}".`;
	const quote = (message: string) => JSON.stringify(message);
	const lines = [`${slug}: ${drift.added.length} added, ${drift.removed.length} removed, ${drift.reworded.length} reworded`];
	for (const source of drift.added) lines.push(`+ ${source.code}${source.name ? ` ${source.name}` : ''}: ${source.messages.map(quote).join(' | ')}`);
	for (const entry of drift.removed) lines.push(`- ${entry.code}: ${entry.messages.map(quote).join(' | ')}`);
	for (const change of drift.reworded) {
		lines.push(`~ ${change.code}`);
		for (const message of change.gone) lines.push(`    - ${quote(message)}`);
		for (const message of change.new) lines.push(`    + ${quote(message)}`);
	}
	const list = (key: string, codes: string[]) => (codes.length > 0 ? [`    ${key}: [${codes.map((code) => JSON.stringify(code)).join(', ')}]`] : []);
	lines.push(
		'',
		'History entry to add once the catalog is updated (and set source.checked to the same day):',
		`  - date: "${today}"`,
		'    summary: <what changed, in a sentence>',
		...list(
			'added',
			drift.added.map((s) => s.code),
		),
		...list(
			'removed',
			drift.removed.map((e) => e.code),
		),
		...list(
			'reworded',
			drift.reworded.map((r) => r.code),
		),
	);
	return lines.join('\n');
}
