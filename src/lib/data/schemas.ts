/**
 * JSON Schemas (draft 2020-12) of the open-data files. The tests validate
 * every built file against them (test/openData.test.ts), /data/ documents
 * each file's fields from their descriptions, and they are published beside
 * the files as /data/<name>.schema.json.
 */
const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
type Schema = Record<string, unknown>;

const str = (description: string): Schema => ({ type: 'string', minLength: 1, description });
const nullableStr = (description: string): Schema => ({ type: ['string', 'null'], description });
const date = (description: string): Schema => ({ type: 'string', format: 'date', description });
const uri = (description: string): Schema => ({ type: 'string', format: 'uri', description });
const nullableUri = (description: string): Schema => ({ type: ['string', 'null'], format: 'uri', description });
const int = (description: string): Schema => ({ type: 'integer', minimum: 1, description });
const obj = (description: string, properties: Record<string, Schema>): Schema => ({
  type: 'object', description, properties, required: Object.keys(properties), additionalProperties: false,
});
const list = (description: string, items: Schema): Schema => ({ type: 'array', description, items });

/** The fields every data file carries. */
const envelope = {
  version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$', description: 'Version of this file\u2019s format: the minor number grows when fields are added, the major when any field changes.' },
  site: uri('Address of the site the data comes from.'),
  date: date('Date of the newest content in this build (a claim published, updated or corrected, or a source archived); not the time of the build.'),
  license: obj('Licence of the site\u2019s own text and data.', {
    name: str('Name of the licence, e.g. CC BY 4.0.'),
    url: uri('Address of the licence text.'),
    note: str('What the licence does not cover: the archived texts and quotations remain their publishers\u2019.'),
  }),
};

const citation = obj('A quotation from an archived source paragraph.', {
  source: str('Slug of the source (see sources.json).'),
  paragraph: int('Paragraph number in the archived text.'),
  quote: str('The quoted words exactly as they stand in the archived text.'),
  url: uri('The paragraph on this site, with a text fragment that highlights the quoted words.'),
  paragraph_url: uri('The paragraph on this site.'),
  original_url: nullableUri('The source\u2019s original page, or null when it has no web address.'),
});

const verdictKeys = ['accurate', 'needs-context', 'unsupported', 'misleading', 'inaccurate'];
const correctionKinds = ['correction', 'update', 'clarification', 'typo'];

export const claimRecordSchema = obj('One fact check.', {
  slug: str('Permanent identifier; the claim page is /claims/<slug>/.'),
  url: uri('Address of the claim page.'),
  title: str('The question the page answers.'),
  claim: str('The claim in the claimant\u2019s words.'),
  claimant: str('The outlet or person who made the claim.'),
  appearance: obj('Where the claim appears.', {
    source: str('Slug of the source.'),
    paragraph: int('Paragraph number.'),
    quote: nullableStr('The claim\u2019s words as they stand in the source, when the check quotes them.'),
    paragraph_url: uri('The paragraph on this site.'),
    original_url: nullableUri('The source\u2019s original page, or null when it has no web address.'),
  }),
  verdict: obj('The verdict.', {
    key: { type: 'string', enum: verdictKeys, description: 'The verdict, as defined on /methodology/.' },
    label: str('The verdict in words.'),
    rating: { type: 'integer', minimum: 1, maximum: 5, description: 'Rating value, 5 (accurate) to 1 (inaccurate), as in ClaimReview.' },
    best_rating: { const: 5, description: 'Best rating value.' },
    worst_rating: { const: 1, description: 'Worst rating value.' },
  }),
  summary: str('The answer in one sentence.'),
  published: date('Date the check was first published.'),
  updated: { type: ['string', 'null'], format: 'date', description: 'Date the check last changed, or null.' },
  tags: list('Topics shared between related claims.', { type: 'string' }),
  corrections: list('Every correction, update or clarification, in the order recorded.', obj('One change.', {
    date: date('Date of the change.'),
    kind: { type: 'string', enum: correctionKinds, description: 'Kind of change, as defined on /methodology/.' },
    note: str('What changed.'),
    previous_verdict: { type: ['string', 'null'], enum: [...verdictKeys, null], description: 'For a correction that changed the verdict: the verdict before it; else null.' },
  })),
  citations: list('Every citation in the text, in reading order.', citation),
  figures: list('Every named figure.', obj('A cited or computed figure.', {
    id: str('Name of the figure on its page.'),
    label: nullableStr('What the figure is.'),
    value: { type: 'number', description: 'The value, unrounded.' },
    decimals: { type: 'integer', minimum: 0, description: 'Decimal places the page shows.' },
    unit: { type: ['string', 'null'], enum: ['percent', 'months', null], description: 'percent, months, or null for a count.' },
    operation: { type: 'string', enum: ['cited', 'divide', 'change', 'sum', 'subtract', 'multiply', 'months'], description: 'cited (stands in a source), or how it is computed.' },
    inputs: list('The figures it is computed from (for months: the first and last month, YYYY-MM).', { type: 'string' }),
    working: nullableStr('The computation as the page shows it, e.g. 837 \u00f7 11 = 76.1; null for a cited figure.'),
    across_periods: nullableStr('For a figure that compares periods on purpose: the note the page shows beside it; else null.'),
    stated: { oneOf: [{ type: 'null' }, obj('A number the claim or source states, which the computation must match.', { value: { type: 'number', description: 'The stated number.' }, within: { type: ['number', 'null'], description: 'Allowed difference, or null for the stated number\u2019s own rounding.' } })], description: 'A stated number the computation was checked against, or null.' },
    citation: { oneOf: [{ type: 'null' }, citation], description: 'For a cited figure: where it stands; else null.' },
  })),
});

export const claimsSchema: Schema = {
  $schema: DRAFT,
  title: 'claims.json',
  ...obj('Every fact check on the site.', { ...envelope, claims: list('The claims, by slug.', claimRecordSchema) }),
};

export const claimReviewSchema: Schema = {
  $schema: DRAFT,
  title: 'claimreview.json',
  ...obj('The schema.org ClaimReview of every claim page, exactly as the page embeds it.', {
    ...envelope,
    claimReviews: list('One ClaimReview per claim, by slug.', {
      type: 'object',
      description: 'A schema.org ClaimReview.',
      required: ['@context', '@type', 'url', 'inLanguage', 'claimReviewed', 'datePublished', 'author', 'reviewRating', 'itemReviewed'],
      properties: {
        '@context': { const: 'https://schema.org', description: 'schema.org.' },
        '@type': { const: 'ClaimReview', description: 'ClaimReview.' },
        url: uri('The claim page.'),
        inLanguage: { type: 'string', minLength: 2, description: 'The language of the claim page (BCP 47): "en" for these English pages; a page in another language embeds its own, with the same rating.' },
        claimReviewed: str('The claim.'),
        datePublished: date('Date the check was published.'),
        dateModified: date('Date it last changed, if it did.'),
        author: { type: 'object', required: ['@type', 'name', 'url'], description: 'This site, as an Organization.' },
        reviewRating: {
          type: 'object',
          description: 'The verdict as a Rating.',
          required: ['@type', 'ratingValue', 'bestRating', 'worstRating', 'alternateName'],
          properties: { ratingValue: { type: 'integer', minimum: 1, maximum: 5 }, alternateName: { type: 'string', minLength: 1 } },
        },
        itemReviewed: { type: 'object', required: ['@type', 'author', 'appearance'], description: 'The Claim: who made it and where it appeared.' },
      },
    }),
  }),
};

const selector = obj('A W3C TextQuoteSelector from the archived text.', {
  type: { const: 'TextQuoteSelector', description: 'TextQuoteSelector.' },
  exact: str('The quoted words as they stand in the archived text.'),
  prefix: { type: 'string', description: 'Up to 32 characters before them (line breaks between paragraphs).' },
  suffix: { type: 'string', description: 'Up to 32 characters after them.' },
});

export const annotationsSchema: Schema = {
  $schema: DRAFT,
  title: 'annotations.jsonld',
  type: 'object',
  description: 'Every citation as a W3C Web Annotation, in one AnnotationCollection.',
  required: ['@context', 'id', 'type', 'label', 'total', 'first', ...Object.keys(envelope), 'rights'],
  properties: {
    '@context': { type: 'array', prefixItems: [{ const: 'http://www.w3.org/ns/anno.jsonld' }], description: 'The Web Annotation context, and the schema.org terms for version, site, date and license.' },
    id: uri('Address of this file.'),
    type: { const: 'AnnotationCollection', description: 'AnnotationCollection.' },
    label: str('What the collection holds.'),
    ...envelope,
    rights: uri('The licence, as the Web Annotation model names it.'),
    total: { type: 'integer', minimum: 0, description: 'Number of annotations.' },
    first: {
      type: 'object',
      description: 'The only page of the collection.',
      required: ['type', 'items'],
      properties: {
        type: { const: 'AnnotationPage' },
        items: list('The annotations, by claim slug and then in reading order.', {
          type: 'object',
          description: 'One citation.',
          required: ['id', 'type', 'motivation', 'created', 'body', 'target'],
          additionalProperties: false,
          properties: {
            id: uri('Identifier: this file\u2019s address, #<claim slug>-<n>.'),
            type: { const: 'Annotation', description: 'Annotation.' },
            motivation: { const: 'assessing', description: 'assessing: the claim page assesses the claim against the quoted words.' },
            created: date('Date the claim page was published.'),
            modified: date('Date it last changed, if it did.'),
            body: obj('The claim page.', { id: uri('Address of the claim page.'), type: { const: 'Text' }, format: { const: 'text/html' }, language: str('Language of the page.') }),
            target: {
              type: 'array', minItems: 2, maxItems: 2,
              description: 'The archived paragraph on this site, then the original page, each with the same selector.',
              prefixItems: [
                obj('The archived paragraph.', { source: uri('The paragraph on this site.'), type: { const: 'Text' }, format: { const: 'text/html' }, language: str('Language of the text.'), selector }),
                obj('The original page.', { source: uri('The source\u2019s original page.'), language: str('Language of the text.'), selector }),
              ],
            },
          },
        }),
      },
    },
  },
  additionalProperties: false,
};

export const sourcesSchema: Schema = {
  $schema: DRAFT,
  title: 'sources.json',
  ...obj('Every archived source.', {
    ...envelope,
    sources: list('The sources, by slug.', obj('One archived source.', {
      slug: str('Permanent identifier; citations use it.'),
      label: str('Short name used in citations.'),
      title: nullableStr('The headline as it stands in the archived text, or null.'),
      publisher: str('The publisher.'),
      kind: { type: 'string', enum: ['press-release', 'news-report'], description: 'press-release or news-report.' },
      url: { type: ['string', 'null'], format: 'uri', description: 'The original page, or null when none is recorded.' },
      published: { type: ['string', 'null'], format: 'date', description: 'Date of publication, or null when no source states it.' },
      published_note: nullableStr('What else is known about the date.'),
      author: nullableStr('The author, or null when not stated.'),
      language: str('BCP 47 language tag of the text.'),
      archived: date('Date the text entered this site\u2019s archive (the data-versiondate of links to the original).'),
      archived_url: uri('The archived copy on this site.'),
      basis: { type: 'object', description: 'How each fact was established, by field name.', additionalProperties: { type: 'string' } },
      scope: {
        ...obj('What period the text reports.', {
          operation: { type: 'boolean', description: 'true if it reports the 2016\u20132017 operation.' },
          heading: str('Only when operation is false: what the text is about instead, in the editor\u2019s words (\u201cDifferent period\u201d).'),
          note: str('What the text reports.'),
        }),
        required: ['operation', 'note'],
      },
      paragraphs: { type: 'integer', minimum: 1, description: 'Number of numbered paragraphs.' },
      sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the archived text\u2019s bytes.' },
      rights: str('Whose the text is.'),
    })),
  }),
};

export const jsonFeedSchema: Schema = {
  $schema: DRAFT,
  title: 'feed.json',
  type: 'object',
  description: 'A JSON Feed 1.1 of the fact checks, newest first.',
  required: ['version', 'title', 'home_page_url', 'feed_url', 'items', '_factcheck'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1', description: 'The JSON Feed version.' },
    title: str('The site\u2019s name.'),
    description: str('What the site is.'),
    home_page_url: uri('The site.'),
    feed_url: uri('This feed.'),
    language: str('Language of the items.'),
    authors: list('This site.', { type: 'object', required: ['name'] }),
    _factcheck: obj('This site\u2019s extension: the data files\u2019 common fields.', envelope),
    items: list('One item per fact check.', {
      type: 'object',
      description: 'A fact check.',
      required: ['id', 'url', 'title', 'summary', 'content_text', 'date_published', 'date_modified', 'tags', '_factcheck'],
      additionalProperties: false,
      properties: {
        id: uri('The claim page (permanent).'),
        url: uri('The claim page.'),
        title: str('The verdict, then the question.'),
        summary: str('The answer in one sentence.'),
        content_text: str('Verdict, answer and the claim with who made it.'),
        date_published: { type: 'string', format: 'date-time', description: 'When the check was published.' },
        date_modified: { type: 'string', format: 'date-time', description: 'When it last changed.' },
        tags: list('Topics.', { type: 'string' }),
        _factcheck: obj('The verdict.', { verdict: { type: 'string', enum: verdictKeys }, verdict_label: str('The verdict in words.'), rating: { type: 'integer', minimum: 1, maximum: 5 } }),
      },
    }),
  },
  additionalProperties: false,
};

export const csvMetadataSchema: Schema = {
  $schema: DRAFT,
  title: 'claims.csv-metadata.json',
  type: 'object',
  description: 'W3C CSV on the Web metadata of claims.csv: its version, date, licence and columns.',
  required: ['@context', 'url', 'dc:title', 'schema:version', 'dc:publisher', 'dc:modified', 'dc:license', 'dc:rights', 'tableSchema'],
  additionalProperties: false,
  properties: {
    '@context': { const: 'http://www.w3.org/ns/csvw', description: 'CSV on the Web.' },
    url: uri('Address of claims.csv.'),
    'dc:title': str('What the table holds.'),
    'schema:version': envelope.version,
    'dc:publisher': obj('The site the data comes from.', { '@id': uri('Address of the site.') }),
    'dc:modified': obj('Date of the newest content in this build; not the time of the build.', { '@value': date('The date.'), '@type': { const: 'xsd:date' } }),
    'dc:license': obj('Licence of the site\u2019s own text and data.', { '@id': uri('Address of the licence text.') }),
    'dc:rights': str('What the licence does not cover: the archived texts and quotations remain their publishers\u2019.'),
    tableSchema: obj('The columns of claims.csv, in order.', {
      columns: list('One per column.', obj('A column.', {
        name: str('The column\u2019s name, as in the header row.'),
        titles: str('The same name.'),
        'dc:description': str('What the column holds.'),
        datatype: { type: 'string', enum: ['string', 'integer'], description: 'string or integer.' },
      })),
      primaryKey: { const: 'slug', description: 'The column that identifies a row.' },
    }),
  },
};
