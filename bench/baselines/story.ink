// The three lines both baseline pages show, compiled by `npm run bench` with the inkjs compiler.
The rain had started before we reached the coast road, soft at first, then steady on the glass.
I kept my hands in my lap and watched the hedges go by, one field and then the next.
Somewhere ahead a gate stood open, and I found I was already thinking of what lay past it.
-> END
