// Values webpack's DefinePlugin writes into the bundle at build time (see webpack.config.ts and
// addin/auth/auth-config.ts, which documents each one). Outside a webpack build (tests) they do not
// exist, so read them only behind `typeof`.
declare const __CASELINE_API_URL__: string;
declare const __CASELINE_CLIENT_ID__: string;
declare const __CASELINE_TENANT__: string;
declare const __CASELINE_API_SCOPE__: string;
