// Tests run outside React's server environment, where the real marker would throw.
export {}
