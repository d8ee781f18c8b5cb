import { Link } from 'react-router'

export function NotFoundView() {
  return (
    <>
      <title>Page not found – CSC Explorer</title>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.</p>
      <p>
        <Link to="/">Find a local authority</Link>
      </p>
    </>
  )
}
