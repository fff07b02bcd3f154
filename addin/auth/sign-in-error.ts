/** Why the pane could not get a token for the Caseline API. */
export type SignInErrorCode =
  /** The host offers no way to sign in with Entra ID. */
  | 'unsupported_host'
  /** The sign-in dialog answered with something other than a well-formed result. */
  | 'bad_dialog_message'
  /** The sign-in dialog reported that signing in failed. */
  | 'dialog_failed'
  /** MSAL answered without an access token. */
  | 'no_access_token';

export class SignInError extends Error {
  constructor(
    readonly code: SignInErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}
