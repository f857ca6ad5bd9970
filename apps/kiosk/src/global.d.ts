interface Window {
  /** Set once when the page boots; a test reads it to prove the screen recovered without a reload. */
  __kioskBoot?: string;
}
