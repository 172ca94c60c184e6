/**
 * A strict Content Security Policy: no inline scripts or styles, everything from this origin, no
 * framing. Pages work without JavaScript; the stylesheet is a file under /assets/.
 */
export function contentSecurityPolicy(options: { isSecure: boolean }): Record<string, string[]> {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  // Only over HTTPS: on plain http://localhost it would send the browser to https for every asset.
  if (options.isSecure) directives['upgrade-insecure-requests'] = [];
  return directives;
}
