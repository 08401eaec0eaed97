/**
 * This process among the app processes sharing the database (issue 17): whether it leads the background work.
 * Set by the runtime's leader election; read by /healthz details, so operators (and the cluster tests) can tell
 * which process answered and which one runs the sweeps.
 */
let leading = false;

export function setProcessRole(role: { leading: boolean }) {
  leading = role.leading;
}

export function processRole() {
  return { pid: process.pid, leader: leading };
}
