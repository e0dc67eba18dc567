import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `root`'s folders `dirs` (all of `root` by default), by its path relative to `root`, as a hash of its bytes. */
export function fileHashes(root: string, dirs: string[] = ['.']): Record<string, string> {
	const files: Record<string, string> = {};
	for (const dir of dirs)
		for (const item of readdirSync(join(root, dir), { recursive: true, withFileTypes: true }))
			if (item.isFile()) {
				const path = join(item.parentPath, item.name);
				files[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
			}
	return files;
}
