/** Where the rows of a preview came from, for the summary and for error texts. */
export type ImportOrigin = { readonly kind: 'file'; readonly name: string } | { readonly kind: 'text' };
