/**
 * The admin page's validation script: the content check's rules in the CMS form. `cms/admin.astro`
 * writes the deployment's validated `site.yaml` as `data-site` on `<body>` (time zone, regions and
 * language: what the rules and their messages depend on).
 */
import type { SiteConfig } from '../../src/schemas/site.ts';
import { previewContext } from '../previews/context.ts';
import { registerValidation, type ValidationCms } from './register.ts';

const site = JSON.parse(document.body.dataset.site ?? 'null') as SiteConfig | null;
registerValidation(window.CMS as unknown as ValidationCms, site ?? undefined, previewContext().t);
