/**
 * A front end's view of the delivery API, built only from the client that
 * openapi-typescript generates from /api/v1/openapi.json ("api-schema"): no
 * type here is written by hand. It renders every page type and every block
 * type exhaustively, so a page or block type the document adds without this
 * renderer handling it fails to compile (the `never` checks below).
 */
import type { components, paths } from "api-schema";

type Schemas = components["schemas"];
type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;
type Ok<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } }
  ? Json<R>
  : never;

/** Any page, as /api/v1/pages/{page_id}/ and find-by-path deliver it. */
export type Page = Ok<"/api/v1/pages/{page_id}/">;
export type PolicyList = Ok<"/api/v1/policies/">;

/** An item of a typed list of blocks: its `type` is a literal, not any string. */
type TypedBlock<I> = I extends { type: infer T; value: unknown }
  ? string extends T
    ? never
    : I
  : never;
type BlocksOf<P> = P extends unknown
  ? {
      [K in keyof P]-?: NonNullable<P[K]> extends ReadonlyArray<infer I> ? TypedBlock<I> : never;
    }[keyof P]
  : never;
/** Every block any page type can carry, in any of its lists of blocks. */
export type AnyBlock = BlocksOf<Page>;

function unhandled(value: never): never {
  throw new Error(`Not rendered: ${JSON.stringify(value)}`);
}

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function image(value: Schemas["Image"] | null): string {
  if (value === null) return "";
  const srcset = value.renditions.map((r) => `${r.url} ${r.width}w`).join(", ");
  return `<img srcset="${escape(srcset)}" alt="${escape(value.alt)}" width="${value.width}" height="${value.height}">`;
}

function pageLink(value: Schemas["PageLink"] | null): string {
  return value === null ? "" : `<a href="${escape(value.path)}">${escape(value.title)}</a>`;
}

const list = (items: string[]): string => `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join("")}</ul>`;

export function renderBlock(block: AnyBlock): string {
  switch (block.type) {
    case "heading":
      return `<${block.value.level}>${escape(block.value.text)}</${block.value.level}>`;
    case "paragraph":
      return block.value;
    case "callout":
      return `<div class="callout ${block.value.style}"><strong>${escape(block.value.title)}</strong>${block.value.body}</div>`;
    case "image":
      return `<figure>${image(block.value)}<figcaption>${escape(block.value?.caption ?? "")}</figcaption></figure>`;
    case "embed":
      return `<a href="${escape(block.value.url)}">${escape(block.value.title)}</a><p>${escape(block.value.transcript)}</p>`;
    case "quote":
      return `<blockquote>${escape(block.value.quote)}<cite>${escape(block.value.attribution)}, ${escape(block.value.role)}</cite></blockquote>`;
    case "steps":
      return `<h3>${escape(block.value.title)}</h3><ol>${block.value.steps
        .map((step) => `<li>${escape(step.title)}${step.body}${escape(step.timing)}${escape(step.contact)}</li>`)
        .join("")}</ol>`;
    case "step":
      return `<li>${escape(block.value.title)}${block.value.body}${escape(block.value.timing)}</li>`;
    case "dos_and_donts":
      return `<h3>${escape(block.value.title)}</h3>${list(block.value.dos)}${list(block.value.donts)}`;
    case "statistic": {
      const { label, value, unit, period, as_of, source } = block.value;
      const figure = value === null ? "" : value.toLocaleString("en-US");
      return `<p>${escape(label)}: ${figure} ${escape(unit)} ${escape(period)} (${as_of ?? ""}, ${escape(source)})</p>`;
    }
    case "document":
      return block.value === null
        ? ""
        : `<a href="${escape(block.value.url)}">${escape(block.value.title)} (${block.value.file_extension})</a>`;
    case "related_content":
    case "page":
      return pageLink(block.value);
    case "link":
      return `<a href="${escape(block.value.url)}">${escape(block.value.title)}</a> ${escape(block.value.description)}`;
    case "contact":
      return `<address>${escape(block.value.label)} ${escape(block.value.phone)} ${escape(block.value.email)} ${escape(block.value.hours)} ${escape(block.value.emergency_note)}</address>`;
    case "table": {
      const cell = (text: string | null): string => `<td>${escape(text ?? "")}</td>`;
      const rows = block.value.rows.map((row) => `<tr>${row.map(cell).join("")}</tr>`);
      return `<table><caption>${escape(block.value.caption)}</caption>${rows.join("")}</table>`;
    }
    case "section":
      return `<section><h2>${escape(block.value.number)} ${escape(block.value.title)}</h2>${block.value.body}<p>${block.value.covers.join(", ")}</p></section>`;
    case "faqs":
      return `<h2>${escape(block.value.title)}</h2>${block.value.faqs
        .map((faq) => `<details><summary>${escape(faq.question)}</summary>${faq.answer}</details>`)
        .join("")}`;
    default:
      return unhandled(block);
  }
}

const blocks = (items: readonly AnyBlock[]): string => items.map(renderBlock).join("\n");

/** A whole page: its title, then each of its lists of blocks in order. */
export function renderPage(page: Page): string {
  const title = `<h1>${escape(page.title)}</h1>`;
  switch (page.type) {
    case "home":
    case "section":
    case "policy":
    case "story":
    case "event":
      return [title, blocks(page.body)].join("\n");
    case "tip":
      return [title, blocks(page.body), blocks(page.steps), blocks(page.resources)].join("\n");
    case "guide":
      return [title, blocks(page.body), blocks(page.steps), blocks(page.contacts)].join("\n");
    case "award":
      return [title, blocks(page.photos)].join("\n");
    case "contact":
    case "faq_page":
    case "feedback_form":
    case "transparency":
    case "you_said_we_did":
      // No list of blocks: these types render their own typed fields.
      return title;
    default:
      return unhandled(page);
  }
}

export function renderPolicyList(list: PolicyList): string {
  return list.items.map((policy) => `<li><a href="${escape(policy.path)}">${escape(policy.title)}</a></li>`).join("");
}
