/**
 * The admin page's own script, loaded after Decap's bundle: preview templates that look like the
 * site (its stylesheet, its markup, its date formatting) and the editor components of the MDX
 * allow-list.
 */
import siteCss from '../src/styles/global.css?url';
import { calloutComponent } from './editor-components.ts';
import { previewContext } from './previews/context.ts';
import { coursePreview, eventPreview, newsPreview, template } from './previews/templates.ts';

const { CMS } = window;
const ctx = previewContext();

CMS.registerPreviewStyle(siteCss);
CMS.registerPreviewTemplate('courses', template(coursePreview, ctx));
CMS.registerPreviewTemplate('events', template(eventPreview, ctx));
CMS.registerPreviewTemplate('news', template(newsPreview, ctx));
CMS.registerEditorComponent(calloutComponent(ctx.t));
