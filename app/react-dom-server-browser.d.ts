// @types/react-dom describes "react-dom/server"; the web-streams build has the same renderToReadableStream.
declare module "react-dom/server.browser" {
  export { renderToReadableStream } from "react-dom/server";
}
