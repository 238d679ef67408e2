// The password list module of @zxcvbn-ts/language-common, imported on its own (the package's
// index also pulls in the diceware list and keyboard graphs, which the audit does not use).
declare module '@zxcvbn-ts/language-common/dist/passwords.json.mjs' {
  const passwords: string[];
  export default passwords;
}
