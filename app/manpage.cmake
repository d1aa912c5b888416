# Writes a program's manual page from its own --help, so that the two never disagree (help2man's way, for a program
# with commands and subcommands):
#   cmake -DPROGRAM=path -DNAME=keywardctl|keyward -DVERSION=x.y.z -DCLI_DOC=docs/CLI.md -DOUT=file.1 -P manpage.cmake
# keywardctl: its commands from `keywardctl --help`, each command's options from `keywardctl COMMAND --help`, and a
# command's subcommands (the "Commands:" line of its help) from `keywardctl COMMAND SUB --help`; the exit statuses
# from the table in docs/CLI.md. keyward: its options from `keyward --help`, on the offscreen platform.
cmake_minimum_required(VERSION 3.25)

foreach(var PROGRAM NAME VERSION OUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "manpage.cmake: ${var} is not set")
    endif()
endforeach()

# The help as an English reader sees it, whatever the build machine's locale.
set(ENV{LC_ALL} C)
set(ENV{LANGUAGE} C)
set(ENV{QT_QPA_PLATFORM} offscreen)

function(help_of out)
    execute_process(COMMAND ${PROGRAM} ${ARGN} --help OUTPUT_VARIABLE text ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        string(JOIN " " words ${ARGN})
        message(FATAL_ERROR "manpage.cmake: '${NAME} ${words} --help' exited ${rc}: ${err}")
    endif()
    # A semicolon would split a CMake list: kept as a placeholder until the page is written.
    string(REPLACE ";" "<semicolon>" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Text as roff shows it: backslashes and minus signs escaped, no line taken for a request.
function(roff_text out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REPLACE "\n." "\n\\&." text "\n${text}")
    string(REPLACE "\n'" "\n\\&'" text "${text}")
    string(SUBSTRING "${text}" 1 -1 text)
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# A block of help output, kept as it is laid out.
function(roff_block out text)
    string(STRIP "${text}" text)
    roff_text(text "${text}")
    set(${out} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

# A section for each subcommand the "Commands:" line of `help` names (and theirs, and so on), appended to the
# variable `page_var` names.
function(subcommand_sections page_var help)
    set(text "${${page_var}}")
    string(REGEX MATCH "\nCommands: ([^\n]*)" _ "${help}")
    if(CMAKE_MATCH_1)
        string(REPLACE " " ";" subcommands "${CMAKE_MATCH_1}")
        foreach(sub IN LISTS subcommands)
            help_of(subhelp ${ARGN} ${sub})
            roff_block(block "${subhelp}")
            string(JOIN " " words ${ARGN} ${sub})
            string(APPEND text ".SS \"keywardctl ${words}\"\n${block}")
            subcommand_sections(text "${subhelp}" ${ARGN} ${sub})
        endforeach()
    endif()
    set(${page_var} "${text}" PARENT_SCOPE)
endfunction()

string(TOUPPER "${NAME}" title)
set(page ".\\\" The manual page of ${NAME}, written at build time from its --help.\n")
string(APPEND page ".TH ${title} 1 \"\" \"Keyward ${VERSION}\" \"User Commands\"\n.SH NAME\n")

if(NAME STREQUAL "keywardctl")
    string(APPEND page "keywardctl \\- customer\\-managed keys for a data platform's workspaces, from the command line\n")
    string(APPEND page ".SH SYNOPSIS\n.B keywardctl\n.I command\n.RI [ subcommand ]\n.RI [ options ]\n")
    string(APPEND page ".br\n.B keywardctl\n.BR \\-\\-help \" | \" \\-\\-version\n")
    string(APPEND page ".SH DESCRIPTION\n"
        "keywardctl is the command\\-line twin of the Keyward console (\\fBkeyward\\fR(1)). "
        "It keeps the customer\\-managed keys of a data platform's workspaces: it shows which key protects which "
        "kind of data, adds key stores (a local vault, the desktop keychain, a PKCS#11 token, Azure Key Vault), "
        "assigns keys to a workspace's features, seals and verifies the workspace's objects, rotates keys and "
        "keeps a tamper\\-evident rotation history, and writes compliance reports and infrastructure\\-as\\-code "
        "exports.\n.PP\n"
        "Commands that print take \\fB\\-\\-json\\fR: JSON goes to standard output, messages and errors to "
        "standard error. Where a file is expected, \\fB\\-\\fR stands for standard input or output. Secrets "
        "(passphrases, PINs, client secrets) are read from a terminal or from the files the options name, never "
        "from the command line.\n")
    help_of(usage)
    string(REGEX MATCH "\nCommands:\n(.*)\n\n" commands_block "${usage}")
    string(REGEX MATCHALL "\n  [a-z]+ +[^\n]*" rows "\n${CMAKE_MATCH_1}")
    if(NOT rows)
        message(FATAL_ERROR "manpage.cmake: no commands in 'keywardctl --help'")
    endif()
    string(APPEND page ".SH COMMANDS\n")
    foreach(row IN LISTS rows)
        string(REGEX MATCH "^\n  ([a-z]+) +(.*)$" _ "${row}")
        set(command "${CMAKE_MATCH_1}")
        roff_text(summary "${CMAKE_MATCH_2}")
        string(APPEND page ".SS \"keywardctl ${command}\"\n${summary}.\n.PP\n")
        help_of(text ${command})
        roff_block(block "${text}")
        string(APPEND page "${block}")
        subcommand_sections(page "${text}" ${command})
    endforeach()

    # The exit statuses, the same for every command: the table of docs/CLI.md.
    file(READ "${CLI_DOC}" doc)
    string(REPLACE ";" "<semicolon>" doc "${doc}")
    string(REGEX MATCH "\n## Exit statuses\n(.*)" _ "${doc}")
    string(REGEX MATCHALL "\n\\| [0-9] \\| [^\n]*" statuses "${CMAKE_MATCH_1}")
    if(NOT statuses)
        message(FATAL_ERROR "manpage.cmake: no exit statuses in ${CLI_DOC}")
    endif()
    string(APPEND page ".SH EXIT STATUS\nThe same for every command:\n")
    foreach(row IN LISTS statuses)
        string(REGEX MATCH "^\n\\| ([0-9]) \\| (.*) \\|$" _ "${row}")
        set(code "${CMAKE_MATCH_1}")
        string(REPLACE "`" "" meaning "${CMAKE_MATCH_2}")
        roff_text(meaning "${meaning}")
        string(APPEND page ".TP\n.B ${code}\n${meaning}\n")
    endforeach()
    string(APPEND page ".SH ENVIRONMENT\n.TP\n.B KEYWARD_DATA_DIR\n"
        "Keyward's data directory when \\fB\\-\\-data\\-dir\\fR is not given (default: "
        "\\fI~/.local/share/keyward\\fR).\n")
    string(APPEND page ".SH FILES\n.TP\n.I ~/.local/share/keyward/\n"
        "The data directory: \\fIstores.json\\fR (the key stores), \\fIvaults/\\fR (local vault files), "
        "\\fIcatalog.sqlite\\fR (workspaces, feature keys, jobs, the rotation history) and \\fIworkspaces/\\fR. "
        "Everything in it is the owner's alone (files 0600, folders 0700).\n")
    string(APPEND page ".SH SEE ALSO\n\\fBkeyward\\fR(1)\n")
else()
    string(APPEND page "keyward \\- the Keyward console: customer\\-managed keys for a data platform's workspaces\n")
    string(APPEND page ".SH SYNOPSIS\n.B keyward\n.RI [ options ]\n")
    string(APPEND page ".SH DESCRIPTION\n"
        "Keyward is a desktop console for the customer\\-managed keys of a data platform's workspaces. It shows "
        "which key protects which kind of data in each workspace, sets keys up with a wizard, runs encryption and "
        "verification jobs with progress, cancel and resume, rotates keys with one action and shows the "
        "rotation history, and writes compliance reports and infrastructure\\-as\\-code exports. "
        "\\fBkeywardctl\\fR(1) does the same from the command line, on the same data.\n")
    help_of(usage)
    string(REGEX REPLACE "^Usage:[^\n]*\n" "" usage "${usage}")
    string(APPEND page ".SH OPTIONS\n")
    roff_block(block "${usage}")
    string(APPEND page "${block}")
    string(APPEND page ".SH ENVIRONMENT\n.TP\n.B KEYWARD_DATA_DIR\n"
        "Keyward's data directory when \\fB\\-\\-data\\-dir\\fR is not given (default: "
        "\\fI~/.local/share/keyward\\fR).\n")
    string(APPEND page ".SH SEE ALSO\n\\fBkeywardctl\\fR(1)\n")
endif()

string(REPLACE "<semicolon>" ";" page "${page}")
file(WRITE "${OUT}" "${page}")
