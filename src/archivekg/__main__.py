from archivekg.cli import main

main()
