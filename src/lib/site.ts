export const SITE_NAME = 'NECII Fact Check';
export const SITE_DESCRIPTION =
  'Fact-checks of how news outlets reported the 2016–2017 Mainland–Hong Kong crackdown on smuggling non-ethnic Chinese illegal immigrants, with every quote verified against archived sources.';
