// Small helpers the dashboard calls through JS interop (an ES module, imported on demand).

/** Sends a request to the host's API from the browser and returns its status and body text. */
export async function send(method, url) {
    try {
        const response = await fetch(url, { method, headers: { Accept: "application/json" } });
        return { status: response.status, body: await response.text() };
    } catch (error) {
        return { status: 0, body: String(error) };
    }
}
