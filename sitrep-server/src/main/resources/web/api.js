// Fetches from the JSON API; errors carry the problem document's detail.

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'request failed');
    this.problem = problem;
  }
}

export async function api(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (Array.isArray(value)) value.forEach(v => url.searchParams.append(key, v));
    else if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  }
  const response = await fetch(url);
  const type = response.headers.get('content-type') || '';
  if (!response.ok) {
    const problem = type.includes('json') ? await response.json() : {title: response.statusText, status: response.status};
    throw new ApiError(problem);
  }
  return type.includes('json') ? response.json() : response.text();
}
