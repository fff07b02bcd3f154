// Values webpack's DefinePlugin writes into the bundle at build time (see webpack.config.ts).
declare const __CASELINE_API_URL__: string;
