// Text files the page's bundle inlines (esbuild's text loader).
declare module '*.md' {
  const text: string;
  export default text;
}
