import { createContext, useContext } from "react";

/**
 * The Content-Security-Policy nonce of the page being rendered on the server (entry.server.tsx provides it);
 * empty in the browser, where the scripts have already run and browsers hide nonces from the DOM anyway.
 */
export const NonceContext = createContext("");

export const useNonce = () => useContext(NonceContext);
