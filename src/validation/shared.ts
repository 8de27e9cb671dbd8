import type { ValidationResult } from './validate.ts';

/**
 * The content check's result for the build in this process. It lives on `globalThis` because
 * Astro loads the integrations and the content layer as separate module graphs: the content
 * loader reuses the validated entries instead of parsing every file again.
 */
const shared = globalThis as { __kbValidation?: { contentDir: string; result: ValidationResult } };

export function shareValidation(contentDir: string, result: ValidationResult): void {
	shared.__kbValidation = { contentDir, result };
}

/** The shared result, when it was made for `contentDir`. */
export function sharedValidation(contentDir: string): ValidationResult | undefined {
	return shared.__kbValidation?.contentDir === contentDir ? shared.__kbValidation.result : undefined;
}
