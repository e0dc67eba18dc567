import type { GroupData } from './schema.ts';
import { CCXT_SNAPSHOT, ccxtExchangeKey } from '../ccxt/mapping.ts';
import { describeRanges, inGroupRanges } from './group-match.ts';
import { isLayoutId } from './layout-ids.ts';

/** A rule broken by a catalog, before the file and line are attached. */
export interface RuleViolation {
	/** Path inside the YAML document, used to find the line. */
	path: (string | number)[];
	/** The code concerned, exactly as written, where there is one. */
	code?: string;
	/** What is wrong and how to fix it. */
	message: string;
}

type Loose = Record<string, unknown>;
const records = (value: unknown): Loose[] => (Array.isArray(value) ? value.map((item) => (item && typeof item === 'object' ? (item as Loose) : {})) : []);
const strings = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** A message's text, whether written plain or as a map with its own guidance. */
const messageTexts = (value: unknown): unknown[] =>
	strings(value).map((message) => (message && typeof message === 'object' && 'text' in message ? (message as Loose).text : message));
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

interface LooseGroup {
	id: string;
	title: string;
	ranges: GroupData['ranges'];
}
interface LooseCode {
	code: string;
	group: string;
	messages: unknown[];
	/** The `sections` each message names (empty for a plain message). */
	sections: unknown[][];
}
interface LooseSet {
	id: string;
	codes: unknown[];
	messages: unknown[];
}
/** The `sections` of each message written as a map. */
const messageSections = (value: unknown): unknown[][] =>
	strings(value).map((message) => (message && typeof message === 'object' && 'sections' in message ? strings((message as Loose).sections) : []));

/**
 * Verbatim text holds: no empty message, no white space around one, no message twice. `where`
 * names the list (`code "-1013"`, `message set "filter-failures"`), `at` its path.
 */
function checkMessageList(out: RuleViolation[], messages: unknown[], where: string, at: (...rest: (string | number)[]) => (string | number)[], code?: string) {
	messages.forEach((message, m) => {
		if (typeof message !== 'string') return;
		if (message.trim() === '')
			out.push({
				path: at('messages', m),
				code,
				message: `${where} message ${m + 1} is empty or only white space; write the venue's message or remove the item`,
			});
		else if (message !== message.trim())
			out.push({
				path: at('messages', m),
				code,
				message: `${where} message ${m + 1} has leading or trailing white space; remove it (messages are compared verbatim)`,
			});
	});
	const dupMessage = messages.findIndex((message, m) => messages.indexOf(message) !== m);
	if (dupMessage !== -1)
		out.push({ path: at('messages', dupMessage), code, message: `${where} lists message ${dupMessage + 1} twice; keep each variant once` });
}

/** The parts of groups the rules need, tolerating shapes the schema rejects (reported there). */
function looseGroups(value: unknown): LooseGroup[] {
	return records(value).map((group) => {
		const ranges =
			Array.isArray(group.ranges) && group.ranges.every((r) => Array.isArray(r) && r.length === 2 && r.every(Number.isInteger))
				? (group.ranges as [number, number][])
				: undefined;
		return { id: String(group.id ?? ''), title: String(group.title ?? ''), ranges: group.ranges === undefined ? undefined : (ranges ?? []) };
	});
}

/**
 * The rules a schema cannot express: uniqueness, whitespace in verbatim text, group membership,
 * id collisions and valid patterns. Runs on the raw parsed YAML, so these problems are reported
 * together with the schema's rather than after they are fixed. Returns every violation.
 */
export function checkCatalogRules(raw: unknown): RuleViolation[] {
	const out: RuleViolation[] = [];
	const groupIds = new Map<string, number>();
	const root = (raw && typeof raw === 'object' ? raw : {}) as Loose;
	const data = {
		groups: looseGroups(root.groups),
		// Codes the schema already rejects as non-strings are skipped here.
		codes: records(root.codes).map((entry): LooseCode | undefined =>
			typeof entry.code === 'string'
				? { code: entry.code, group: String(entry.group ?? ''), messages: messageTexts(entry.messages), sections: messageSections(entry.messages) }
				: undefined,
		),
		sets: records(root.messageSets).map((set): LooseSet => ({ id: String(set.id ?? ''), codes: strings(set.codes), messages: messageTexts(set.messages) })),
	};
	// Codes that take messages from a set: they may list none of their own.
	const inSets = new Set(data.sets.flatMap((set) => set.codes.filter((code): code is string => typeof code === 'string')));

	const brokenRanges = new Set<number>();
	data.groups.forEach((group, index) => {
		group.ranges?.forEach(([min, max], r) => {
			if (min > max) {
				brokenRanges.add(index);
				out.push({ path: ['groups', index, 'ranges', r], message: `group "${group.id}" has a range [${min}, ${max}] whose start is above its end` });
			}
		});
		const seenAt = groupIds.get(group.id);
		if (seenAt !== undefined) {
			out.push({
				path: ['groups', index, 'id'],
				message: `group id "${group.id}" is declared twice (groups ${seenAt + 1} and ${index + 1}); ids must be unique`,
			});
		} else groupIds.set(group.id, index);
		if (isLayoutId(group.id))
			out.push({ path: ['groups', index, 'id'], message: `group id "${group.id}" is an id the page layout already uses; rename the group` });
	});

	const firstByCode = new Map<string, number>();
	const firstByFoldedCode = new Map<string, number>();
	const groupIdsFolded = new Map([...groupIds.keys()].map((id) => [id.toLowerCase(), id]));
	const usedGroups = new Set<string>();
	// Groups with declared, well-formed ranges: they say which codes belong to them.
	const rangedGroups = data.groups.filter((group, index) => group.ranges !== undefined && !brokenRanges.has(index));

	data.codes.forEach((entry, index) => {
		if (!entry) return;
		const { code } = entry;
		const at = (...rest: (string | number)[]) => ['codes', index, ...rest];
		if (code === '') {
			out.push({ path: at('code'), message: 'code is empty; write the code exactly as the API sends it' });
			return;
		}
		if (/\s/.test(code))
			out.push({ path: at('code'), code, message: `code "${code}" contains white space; write the code exactly as the API sends it, without spaces` });
		if (isLayoutId(code))
			out.push({
				path: at('code'),
				code,
				message: `code "${code}" is an id the page layout already uses (src/catalog/layout-ids.ts), so its deep link would land there; if the venue really sends it, open an issue`,
			});

		const first = firstByCode.get(code);
		if (first !== undefined) {
			out.push({
				path: at('code'),
				code,
				message: `duplicate code: "${code}" is listed as codes entry ${first + 1} and again as entry ${index + 1}; keep one entry and record the repetition in its notes`,
			});
		} else {
			firstByCode.set(code, index);
			const folded = code.toLowerCase();
			const twin = firstByFoldedCode.get(folded);
			if (twin !== undefined) {
				out.push({
					path: at('code'),
					code,
					message: `code "${code}" differs only in letter case from "${data.codes[twin]?.code}" (entry ${twin + 1}); their anchors and case-insensitive lookups would collide`,
				});
			} else firstByFoldedCode.set(folded, index);
		}
		const clashingGroup = groupIdsFolded.get(code.toLowerCase());
		if (clashingGroup !== undefined)
			out.push({ path: at('code'), code, message: `code "${code}" collides with the anchor of group "${clashingGroup}" on the page; rename the group id` });

		if (entry.messages.length === 0 && !inSets.has(code))
			out.push({ path: at('messages'), code, message: `code "${code}" has no messages; list at least one message exactly as the venue sends it` });
		checkMessageList(out, entry.messages, `code "${code}"`, at, code);
		entry.sections.forEach((sections, m) => {
			if (sections.length === 1 && sections[0] === entry.group)
				out.push({
					path: at('messages', m, 'sections'),
					code,
					message: `code "${code}" message ${m + 1} names only its own group "${entry.group}" as its section; sections are for a message listed elsewhere too`,
				});
			sections.forEach((section, n) => {
				if (typeof section !== 'string') return;
				if (!groupIds.has(section))
					out.push({
						path: at('messages', m, 'sections', n),
						code,
						message: `code "${code}" message ${m + 1} names section "${section}", which is not a declared group (declared: ${[...groupIds.keys()].join(', ')})`,
					});
				else if (sections.indexOf(section) !== n)
					out.push({ path: at('messages', m, 'sections', n), code, message: `code "${code}" message ${m + 1} names section "${section}" twice` });
			});
		});
		const own = data.groups.find((group) => group.id === entry.group);
		if (!own) {
			out.push({
				path: at('group'),
				code,
				message: `code "${code}" is in no group: group "${entry.group}" is not declared under groups (declared: ${[...groupIds.keys()].join(', ')})`,
			});
		} else {
			usedGroups.add(own.id);
			if (rangedGroups.includes(own) && !inGroupRanges(own, code)) {
				out.push({
					path: at('code'),
					code,
					message: `code "${code}" is outside its group "${own.id}", which declares the ranges ${describeRanges(own)}; move it to the right group or widen the range`,
				});
			}
		}
		const others = rangedGroups.filter((group) => group.id !== entry.group && inGroupRanges(group, code));
		if (entry.group === '') return;
		if (others.length > 0) {
			out.push({
				path: at('group'),
				code,
				message: `code "${code}" is in two groups: "${entry.group}" and "${others.map((g) => g.id).join('", "')}" whose ranges also hold it; narrow one of the ranges`,
			});
		}
	});

	out.push(...checkMessageSets(data.sets, new Set(firstByCode.keys()), groupIdsFolded));

	const source = (root.source ?? {}) as Loose;
	const provenance = ['repository', 'path', 'commit'].filter((key) => source[key] !== undefined);
	if (provenance.length > 0 && provenance.length < 3)
		out.push({
			path: ['source'],
			message: `source gives ${provenance.join(' and ')} but not the rest: a repository source names its repository, path and commit together`,
		});

	const exchange = root.ccxtExchange as { id?: unknown; market?: unknown } | undefined;
	if (exchange && typeof exchange.id === 'string' && (exchange.market === undefined || typeof exchange.market === 'string')) {
		const key = ccxtExchangeKey({ id: exchange.id, market: exchange.market as string | undefined });
		if (!CCXT_SNAPSHOT.exchanges[key])
			out.push({
				path: ['ccxtExchange'],
				message: `ccxtExchange ${key} is not in the CCXT snapshot (src/data/ccxt-snapshot.json, CCXT ${CCXT_SNAPSHOT.ccxtVersion}); run npm run ccxt:snapshot, or remove ccxtExchange if CCXT has no class for this API`,
			});
	}
	out.push(...checkHistory(root, new Set(data.codes.flatMap((entry) => (entry ? [entry.code] : [])))));

	data.groups.forEach((group, index) => {
		if (!usedGroups.has(group.id)) out.push({ path: ['groups', index, 'id'], message: `group "${group.id}" has no codes; remove it or assign codes to it` });
	});
	return out;
}

/**
 * Message sets: unique ids that no code, group or layout element already uses as an anchor, codes
 * that are in the catalog, each named once, and their messages held to the verbatim rules.
 */
function checkMessageSets(sets: LooseSet[], codes: Set<string>, groupIdsFolded: Map<string, string>): RuleViolation[] {
	const out: RuleViolation[] = [];
	const seen = new Map<string, number>();
	const foldedCodes = new Set([...codes].map((code) => code.toLowerCase()));
	sets.forEach((set, index) => {
		const at = (...rest: (string | number)[]) => ['messageSets', index, ...rest];
		const first = seen.get(set.id);
		if (first !== undefined)
			out.push({ path: at('id'), message: `message set id "${set.id}" is declared twice (sets ${first + 1} and ${index + 1}); ids must be unique` });
		else seen.set(set.id, index);
		if (isLayoutId(set.id) || groupIdsFolded.has(set.id) || foldedCodes.has(set.id))
			out.push({ path: at('id'), message: `message set id "${set.id}" is already an anchor on the page (a code, a group or the layout); rename the set` });
		set.codes.forEach((code, c) => {
			if (typeof code !== 'string') return;
			if (!codes.has(code))
				out.push({
					path: at('codes', c),
					code,
					message: `message set "${set.id}" names code "${code}", which is not in the catalog; add the code (its messages may all come from the set)`,
				});
			else if (set.codes.indexOf(code) !== c) out.push({ path: at('codes', c), code, message: `message set "${set.id}" names code "${code}" twice` });
		});
		checkMessageList(out, set.messages, `message set "${set.id}"`, at);
	});
	return out;
}

/**
 * Provenance and history hold together: the document was checked no earlier than it was captured,
 * history runs forward from the initial capture, and every code it names as added, removed or
 * reworded is (or, once removed, is no longer) in the catalog.
 */
function checkHistory(root: Loose, codes: Set<string>): RuleViolation[] {
	const out: RuleViolation[] = [];
	const source = (root.source && typeof root.source === 'object' ? root.source : {}) as Loose;
	const day = (value: unknown) => (typeof value === 'string' && isoDay.test(value) ? value : undefined);
	const captured = day(source.captured);
	const checked = day(source.checked);
	if (captured && checked && checked < captured)
		out.push({
			path: ['source', 'checked'],
			message: `source.checked ${checked} is before source.captured ${captured}; a document is checked after it is captured`,
		});
	const history = records(root.history);
	const lastMention = new Map<string, { kind: 'added' | 'removed' | 'reworded'; index: number }>();
	history.forEach((entry, index) => {
		const date = day(entry.date);
		const previous = index > 0 ? day(history[index - 1].date) : undefined;
		if (date && previous && date < previous)
			out.push({
				path: ['history', index, 'date'],
				message: `history entry ${index + 1} (${date}) is dated before entry ${index} (${previous}); keep the history oldest first`,
			});
		if (date && captured && date > captured)
			out.push({
				path: ['history', index, 'date'],
				message: `history entry ${index + 1} (${date}) is after source.captured ${captured}; a change is made from a captured document, so capture it (sources/<slug>.txt) and set source.captured`,
			});
		for (const kind of ['added', 'removed', 'reworded'] as const) {
			if (index === 0 && entry[kind] !== undefined)
				out.push({ path: ['history', 0, kind], message: `the first history entry is the initial capture of the whole document; it lists no ${kind} codes` });
			strings(entry[kind]).forEach((code) => {
				if (typeof code === 'string') lastMention.set(code, { kind, index });
			});
		}
	});
	for (const [code, { kind, index }] of lastMention) {
		const where = ['history', index, kind];
		if (kind === 'removed' && codes.has(code))
			out.push({
				path: where,
				code,
				message: `code "${code}" is listed as removed in history entry ${index + 1} but is still in the catalog; remove the entry or list the code as added again`,
			});
		if (kind !== 'removed' && !codes.has(code))
			out.push({
				path: where,
				code,
				message: `code "${code}" is listed as ${kind} in history entry ${index + 1} but is not in the catalog; check the spelling or list it as removed`,
			});
	}
	return out;
}
